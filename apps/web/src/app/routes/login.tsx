import { Link } from 'react-router-dom';
import { AuthCard } from '@/features/auth/components/auth-card';
import { LoginForm } from '@/features/auth/components/login-form';

export function LoginRoute() {
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Sign in to manage your creator outreach."
      footer={
        <>
          New to Parley? <Link to="/register">Create an account</Link>
        </>
      }
    >
      <LoginForm />
    </AuthCard>
  );
}
