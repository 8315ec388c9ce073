import { Link } from 'react-router-dom';
import { AuthCard } from '@/features/auth/components/auth-card';
import { RegisterForm } from '@/features/auth/components/register-form';

export function RegisterRoute() {
  return (
    <AuthCard
      title="Create your account"
      subtitle="Set up your store and start reaching creators."
      footer={
        <>
          Already have an account? <Link to="/login">Sign in</Link>
        </>
      }
    >
      <RegisterForm />
    </AuthCard>
  );
}
