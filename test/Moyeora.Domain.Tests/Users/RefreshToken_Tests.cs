using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Domain.Tests.Users;

public sealed class RefreshToken_Tests
{
    private static readonly DateTime Now = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Rotate_Within_The_Family()
    {
        var token = new RefreshToken(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "h1", "127.0.0.1", Now);
        var next = token.Rotate(Guid.NewGuid(), "h2", null, Now.AddMinutes(1));
        token.IsActive(Now.AddMinutes(1)).ShouldBeFalse();
        token.WasRotated.ShouldBeTrue();
        token.ReplacedByTokenId.ShouldBe(next.Id);
        next.FamilyId.ShouldBe(token.FamilyId);
        next.IsActive(Now.AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void Should_Expire_After_14_Days()
    {
        var token = new RefreshToken(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "h1", null, Now);
        token.IsActive(Now.AddDays(14).AddSeconds(-1)).ShouldBeTrue();
        token.IsActive(Now.AddDays(14)).ShouldBeFalse();
    }

    [Fact]
    public void Should_Keep_The_First_Revocation_Reason()
    {
        var token = new RefreshToken(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "h1", null, Now);
        token.Revoke(RefreshTokenRevocationReason.LoggedOut, Now);
        token.Revoke(RefreshTokenRevocationReason.ReuseDetected, Now.AddMinutes(1));
        token.RevocationReason.ShouldBe(RefreshTokenRevocationReason.LoggedOut);
        token.RevocationTime.ShouldBe(Now);
    }

    [Fact]
    public void Role_Should_Grant_And_Revoke_Permissions_Once()
    {
        var role = new Role(Guid.NewGuid(), "moderator", Now);
        role.Grant("Moyeora.Reports.Manage").ShouldBeTrue();
        role.Grant("Moyeora.Reports.Manage").ShouldBeFalse();
        role.Permissions.ShouldBe(["Moyeora.Reports.Manage"]);
        role.Revoke("Moyeora.Reports.Manage").ShouldBeTrue();
        role.Revoke("Moyeora.Reports.Manage").ShouldBeFalse();
        role.NormalizedName.ShouldBe("MODERATOR");
    }
}
