namespace Moyeora.Verification;

public enum VerificationPurpose
{
    SignUp = 1,
    PasswordReset = 2,
    PhoneChange = 3,
}
