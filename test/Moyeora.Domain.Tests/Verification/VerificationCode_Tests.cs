using Moyeora.Verification;

namespace Moyeora.Domain.Tests.Verification;

public sealed class VerificationCode_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static VerificationCode NewCode(string code = "123456", bool deliverable = true)
    {
        var salt = new SecretGenerator().NewSalt();
        return new VerificationCode(Guid.NewGuid(), "+821012345678", VerificationPurpose.SignUp, SecretHasher.HashWithSalt(code, salt), salt, deliverable, "127.0.0.1", Now);
    }

    [Fact]
    public void Should_Store_Only_A_Salted_Hash()
    {
        var code = NewCode();
        code.CodeHash.ShouldNotContain("123456");
        code.CodeHash.ShouldNotBe(NewCode().CodeHash); // a different salt gives a different hash
    }

    [Fact]
    public void Should_Verify_The_Right_Code_And_Issue_A_30_Minute_Token()
    {
        var code = NewCode();
        code.TryVerify("123456", "token", Now.AddMinutes(1)).ShouldBeTrue();
        code.TokenHash.ShouldBe(SecretHasher.HashToken("token"));
        code.TokenExpirationTime.ShouldBe(Now.AddMinutes(31));
    }

    [Fact]
    public void Should_Die_After_Five_Wrong_Attempts()
    {
        var code = NewCode();
        for (var i = 0; i < 5; i++)
        {
            code.TryVerify("000000", "t", Now).ShouldBeFalse();
        }

        Should.Throw<BusinessException>(() => code.TryVerify("123456", "t", Now)).Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeExpired);
    }

    [Fact]
    public void Should_Expire_After_Five_Minutes()
    {
        var code = NewCode();
        Should.Throw<BusinessException>(() => code.TryVerify("123456", "t", Now.AddMinutes(5))).Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeExpired);
    }

    [Fact]
    public void Should_Never_Verify_An_Undeliverable_Code()
    {
        var code = NewCode(deliverable: false);
        code.TryVerify("123456", "t", Now).ShouldBeFalse();
    }

    [Fact]
    public void Should_Not_Verify_A_Superseded_Code()
    {
        var code = NewCode();
        code.Supersede(Now);
        Should.Throw<BusinessException>(() => code.TryVerify("123456", "t", Now)).Code.ShouldBe(MoyeoraErrorCodes.VerificationCodeExpired);
    }

    [Fact]
    public void Token_Should_Work_Once_For_Its_Purpose_Before_It_Expires()
    {
        var code = NewCode();
        code.TryVerify("123456", "t", Now).ShouldBeTrue();
        Should.Throw<BusinessException>(() => code.UseToken(VerificationPurpose.PasswordReset, Now)).Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
        Should.Throw<BusinessException>(() => code.UseToken(VerificationPurpose.SignUp, Now.AddMinutes(30))).Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
        code.UseToken(VerificationPurpose.SignUp, Now.AddMinutes(29));
        Should.Throw<BusinessException>(() => code.UseToken(VerificationPurpose.SignUp, Now.AddMinutes(29))).Code.ShouldBe(MoyeoraErrorCodes.VerificationTokenInvalid);
    }

    [Fact]
    public void Generator_Should_Make_Six_Digit_Codes_And_Long_Tokens()
    {
        var generator = new SecretGenerator();
        var codes = Enumerable.Range(0, 200).Select(_ => generator.NewNumericCode(6)).ToList();
        codes.ShouldAllBe(c => c.Length == 6 && c.All(char.IsDigit));
        codes.Distinct().Count().ShouldBeGreaterThan(190);
        generator.NewToken().Length.ShouldBeGreaterThanOrEqualTo(43);
    }
}
