using Moyeora.Users;

namespace Moyeora.Domain.Tests.Users;

public sealed class UserRules_Tests
{
    [Theory]
    [InlineData("모여라")]
    [InlineData("ab")]
    [InlineData("Kim 민수 99")]
    [InlineData("가나다라마바사아자차카타파하가나다라마바")]
    public void Should_Accept_Valid_Nicknames(string nickname)
    {
        UserRules.CheckNickname(nickname).ShouldBe(nickname);
    }

    [Theory]
    [InlineData("a")]
    [InlineData(" ab")]
    [InlineData("ab ")]
    [InlineData("a  b")]
    [InlineData("가나다라마바사아자차카타파하가나다라마바사")]
    [InlineData("nick_name")]
    [InlineData("<b>hi</b>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_Reject_Invalid_Nicknames(string? nickname)
    {
        Should.Throw<BusinessException>(() => UserRules.CheckNickname(nickname)).Code.ShouldBe(MoyeoraErrorCodes.InvalidNickname);
    }

    [Fact]
    public void Should_Compare_Nicknames_Case_Insensitively()
    {
        UserRules.NormalizeNickname("MoYeoRa").ShouldBe(UserRules.NormalizeNickname("moyeora"));
        UserRules.NormalizeNickname("모여라").ShouldBe("모여라");
    }

    [Theory]
    [InlineData("홍길동")]
    [InlineData("Gil Dong Hong")]
    public void Should_Accept_Valid_Names(string name) => UserRules.CheckName(name).ShouldBe(name);

    [Theory]
    [InlineData("홍")]
    [InlineData("Kim99")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcde")]
    public void Should_Reject_Invalid_Names(string name) =>
        Should.Throw<BusinessException>(() => UserRules.CheckName(name)).Code.ShouldBe(MoyeoraErrorCodes.InvalidName);

    [Theory]
    [InlineData("short1")]
    [InlineData("onlyletters")]
    [InlineData("1234567890")]
    [InlineData("nickname1")]
    [InlineData("a1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Should_Reject_Weak_Or_Identifying_Passwords(string password)
    {
        Should.Throw<BusinessException>(() => UserRules.CheckPassword(password, "+821012345678", "Nickname1"))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidPassword);
    }

    [Fact]
    public void Should_Accept_A_Good_Password() =>
        Should.NotThrow(() => UserRules.CheckPassword("correct-horse-7", "+821012345678", "모여라"));

    [Theory]
    [InlineData("http://example.com/a.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/a.png")]
    public void Should_Reject_Non_Https_Profile_Images(string url) =>
        Should.Throw<BusinessException>(() => UserRules.CheckProfileImageUrl(url)).Code.ShouldBe(MoyeoraErrorCodes.InvalidProfileImageUrl);

    [Fact]
    public void Should_Reject_Overlong_Profile_Image_Url() =>
        Should.Throw<BusinessException>(() => UserRules.CheckProfileImageUrl("https://example.com/" + new string('a', 2000)))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidProfileImageUrl);

    [Fact]
    public void Should_Check_Interests()
    {
        UserRules.CheckInterests([" 등산 ", "coffee"]).ShouldBe(["등산", "coffee"]);
        UserRules.CheckInterests(null).ShouldBeEmpty();
        Should.Throw<BusinessException>(() => UserRules.CheckInterests(Enumerable.Range(0, 11).Select(i => $"i{i}")))
            .Code.ShouldBe(MoyeoraErrorCodes.InvalidInterests);
        Should.Throw<BusinessException>(() => UserRules.CheckInterests([""])).Code.ShouldBe(MoyeoraErrorCodes.InvalidInterests);
        Should.Throw<BusinessException>(() => UserRules.CheckInterests([new string('x', 31)])).Code.ShouldBe(MoyeoraErrorCodes.InvalidInterests);
        Should.Throw<BusinessException>(() => UserRules.CheckInterests(["Coffee", "coffee"])).Code.ShouldBe(MoyeoraErrorCodes.InvalidInterests);
    }

    [Fact]
    public void Should_Limit_Status_Message()
    {
        UserRules.CheckStatusMessage(new string('가', 255)).ShouldNotBeNull();
        Should.Throw<BusinessException>(() => UserRules.CheckStatusMessage(new string('가', 256))).Code.ShouldBe(MoyeoraErrorCodes.InvalidStatusMessage);
    }
}
