using Moyeora.Users;

namespace Moyeora.Domain.Tests.Users;

public sealed class PhoneNumber_Tests
{
    [Theory]
    [InlineData("010-1234-5678", "+821012345678")]
    [InlineData("01012345678", "+821012345678")]
    [InlineData("011-123-4567", "+82111234567")]
    [InlineData("+821012345678", "+821012345678")]
    [InlineData(" 010-1234-5678 ", "+821012345678")]
    public void Should_Normalize_Korean_Mobile_Numbers_To_E164(string input, string expected)
    {
        PhoneNumber.Normalize(input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("02-123-4567")]
    [InlineData("010-12-5678")]
    [InlineData("012-1234-5678")]
    [InlineData("+11012345678")]
    [InlineData("010-1234-56789")]
    [InlineData("'; DROP TABLE Users;--")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("010１２３４５６７８")]
    public void Should_Reject_Malformed_Numbers(string input)
    {
        var ex = Should.Throw<BusinessException>(() => PhoneNumber.Normalize(input));
        ex.Code.ShouldBe(MoyeoraErrorCodes.InvalidPhoneNumber);
        ex.Kind.ShouldBe(ErrorKind.Invalid);
        ex.FieldErrors.ShouldContainKey("phoneNumber");
    }

    [Fact]
    public void Should_Format_Back_To_Domestic()
    {
        PhoneNumber.ToDomestic("+821012345678").ShouldBe("010-1234-5678");
        PhoneNumber.ToDomestic("+82111234567").ShouldBe("011-123-4567");
    }
}
