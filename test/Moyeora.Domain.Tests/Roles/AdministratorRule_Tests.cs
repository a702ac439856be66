using Moyeora.Roles;
using Moyeora.Users;

namespace Moyeora.Domain.Tests.Roles;

/// <summary>The last administrator can never be removed, whichever way the change comes.</summary>
public sealed class AdministratorRule_Tests
{
    private static readonly string[] Every = ["A", "B", "C"];
    private static readonly Guid Admin = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();
    private static readonly Guid Custom = Guid.NewGuid();
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Ben = Guid.NewGuid();

    private static Dictionary<Guid, IReadOnlyCollection<string>> Roles() => new()
    {
        [Admin] = ["A", "B", "C"],
        [Moderator] = ["B"],
        [Custom] = ["A", "C"],
    };

    private static IReadOnlySet<Guid> After(IReadOnlyCollection<RoleHolder> holders, AdministrationChange change) =>
        AdministratorRule.FullAdministratorsAfter(holders, Roles(), Every, change);

    [Fact]
    public void Counts_People_Whose_Roles_Together_Grant_Everything()
    {
        var holders = new[] { new RoleHolder(Ann, Admin), new RoleHolder(Ben, Moderator), new RoleHolder(Ben, Custom) };
        After(holders, new AdministrationChange()).ShouldBe([Ann, Ben], ignoreOrder: true);
        After([new RoleHolder(Ben, Moderator)], new AdministrationChange()).ShouldBeEmpty();
    }

    [Fact]
    public void The_Last_One_Losing_Access_Or_Their_Role_Leaves_Nobody()
    {
        var holders = new[] { new RoleHolder(Ann, Admin), new RoleHolder(Ben, Moderator) };
        After(holders, new AdministrationChange { UserLosingAccess = Ann }).ShouldBeEmpty("deactivating or locking the only administrator");
        After(holders, new AdministrationChange { UserWithNewRoles = Ann, NewRoleIds = [Moderator], UserWithNewRolesCanAct = true }).ShouldBeEmpty();
        After(holders, new AdministrationChange { UserLosingAccess = Ben }).ShouldHaveSingleItem().ShouldBe(Ann, "anyone else may go");
    }

    [Fact]
    public void Handing_Over_Keeps_One_But_Not_To_Someone_Who_Cannot_Act()
    {
        var holders = new[] { new RoleHolder(Ann, Admin) };
        After(holders, new AdministrationChange { UserWithNewRoles = Ben, NewRoleIds = [Admin], UserWithNewRolesCanAct = true }).ShouldBe([Ann, Ben], ignoreOrder: true);
        After(holders, new AdministrationChange { UserLosingAccess = Ann, UserWithNewRoles = Ben, NewRoleIds = [Admin], UserWithNewRolesCanAct = false })
            .ShouldBeEmpty("a deactivated or locked person given every role counts for nothing");
    }

    [Fact]
    public void Deleting_Or_Stripping_The_Role_That_Made_Them_Administrators_Leaves_Nobody()
    {
        var holders = new[] { new RoleHolder(Ben, Moderator), new RoleHolder(Ben, Custom) };
        After(holders, new AdministrationChange { DeletedRoleId = Custom }).ShouldBeEmpty();
        After(holders, new AdministrationChange { NewPermissions = new Dictionary<Guid, IReadOnlyCollection<string>> { [Custom] = ["A"] } }).ShouldBeEmpty();
        After(holders, new AdministrationChange { NewPermissions = new Dictionary<Guid, IReadOnlyCollection<string>> { [Moderator] = ["B", "X"] } })
            .ShouldHaveSingleItem().ShouldBe(Ben, "granting more never removes anyone");
    }

    [Fact]
    public void Built_In_Roles_Are_Known_By_Name_And_Names_Are_Checked()
    {
        new Role(Guid.NewGuid(), MoyeoraRoles.Admin, DateTime.UtcNow).IsBuiltIn.ShouldBeTrue();
        new Role(Guid.NewGuid(), "Moderator", DateTime.UtcNow).IsBuiltIn.ShouldBeTrue();
        new Role(Guid.NewGuid(), "support", DateTime.UtcNow).IsBuiltIn.ShouldBeFalse();
        Role.CheckName("  고객 지원-1 ").ShouldBe("고객 지원-1");
        Should.Throw<BusinessException>(() => Role.CheckName("a")).FieldErrors.ShouldContainKey("name");
        Should.Throw<BusinessException>(() => Role.CheckName("drop;table")).FieldErrors.ShouldContainKey("name");
    }

    [Fact]
    public void A_Role_Grants_Exactly_What_The_Grid_Saves()
    {
        var role = new Role(Guid.NewGuid(), "support", DateTime.UtcNow);
        role.SetPermissions(["A", "B"]).ShouldBeTrue();
        role.SetPermissions(["B", "A"]).ShouldBeFalse();
        role.SetPermissions(["C"]).ShouldBeTrue();
        role.Permissions.ShouldBe(["C"]);
    }
}
