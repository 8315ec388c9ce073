export { FollowUpPlanner } from './follow-up-planner';
export { FollowUpSweeper } from './follow-up-sweeper';
export { FollowUpSender } from './follow-up-sender';
export { EngagementProcessor } from './engagement-processor';
export { shiftIntoWindow, knownZone } from './send-window';
export * from './follow-up-plan';
