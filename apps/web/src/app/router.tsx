import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from './app-layout';
import { AssistedSendsRoute } from './routes/assisted-sends';
import { GuestOnly, RequireAuth } from './guards';
import { CampaignDetailRoute } from './routes/campaign-detail';
import { CampaignsRoute } from './routes/campaigns';
import { ContractDetailRoute, ContractsRoute, EditContractRoute, NewContractRoute, SignContractRoute } from './routes/contracts';
import { CreatorDeliveriesRoute, DeliveriesBoardRoute, DeliveryDetailRoute } from './routes/deliveries';
import { EditCampaignRoute } from './routes/edit-campaign';
import { EditTemplateRoute } from './routes/edit-template';
import { InboxRoute, UnmatchedMailRoute } from './routes/inbox';
import { InfluencersRoute } from './routes/influencers';
import { LoginRoute } from './routes/login';
import { NewCampaignRoute } from './routes/new-campaign';
import { NewTemplateRoute } from './routes/new-template';
import { NotFoundRoute } from './routes/not-found';
import { OutreachRoute } from './routes/outreach';
import { OutreachThreadRoute } from './routes/outreach-thread';
import { RegisterRoute } from './routes/register';
import { RouteError } from './routes/route-error';
import { SettingsRoute } from './routes/settings';
import { TemplatesRoute } from './routes/templates';

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      // The creator's signing link: no account, signed in or not, so outside both guards.
      { path: '/sign/:token', element: <SignContractRoute /> },
      // The creator's delivery link, likewise.
      { path: '/deliver/:token', element: <CreatorDeliveriesRoute /> },
      {
        element: <GuestOnly />,
        children: [
          { path: '/login', element: <LoginRoute /> },
          { path: '/register', element: <RegisterRoute /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to="/campaigns" replace /> },
              { path: '/campaigns', element: <CampaignsRoute /> },
              { path: '/campaigns/new', element: <NewCampaignRoute /> },
              { path: '/campaigns/:id', element: <CampaignDetailRoute /> },
              { path: '/campaigns/:id/edit', element: <EditCampaignRoute /> },
              { path: '/campaigns/:id/deliveries', element: <DeliveriesBoardRoute /> },
              { path: '/deliveries/:id', element: <DeliveryDetailRoute /> },
              { path: '/influencers', element: <InfluencersRoute /> },
              { path: '/outreach', element: <OutreachRoute /> },
              { path: '/outreach/:id', element: <OutreachThreadRoute /> },
              { path: '/assisted-sends', element: <AssistedSendsRoute /> },
              { path: '/contracts', element: <ContractsRoute /> },
              { path: '/contracts/new', element: <NewContractRoute /> },
              { path: '/contracts/:id', element: <ContractDetailRoute /> },
              { path: '/contracts/:id/edit', element: <EditContractRoute /> },
              { path: '/inbox', element: <InboxRoute /> },
              { path: '/inbox/unmatched', element: <UnmatchedMailRoute /> },
              { path: '/inbox/:id', element: <InboxRoute /> },
              { path: '/templates', element: <TemplatesRoute /> },
              { path: '/templates/new', element: <NewTemplateRoute /> },
              { path: '/templates/:id', element: <EditTemplateRoute /> },
              { path: '/settings', element: <SettingsRoute /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]);
