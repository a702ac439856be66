using Moyeora.Settings;

namespace Moyeora.Domain.Tests.Settings;

public sealed class OperationalSettings_Tests
{
    [Fact]
    public void Refuses_Every_Value_Out_Of_Range_With_A_Field_Error_Each()
    {
        var error = Should.Throw<BusinessException>(() => new OperationalSettingValues
        {
            ChatMessagesPerTenSeconds = 0,
            MaxFailedLogins = 1,
            DefaultRadiusMeters = double.NaN,
        }.Check());
        error.Code.ShouldBe(MoyeoraErrorCodes.ValidationFailed);
        error.Kind.ShouldBe(ErrorKind.Invalid);
        error.FieldErrors.Keys.ShouldBe(["chatMessagesPerTenSeconds", "maxFailedLogins", "defaultRadiusMeters"], ignoreOrder: true);
    }

    [Fact]
    public void Stores_Valid_Values_And_Tells_Whether_They_Changed()
    {
        var settings = new OperationalSettings(OperationalSettingValues.Default);
        settings.Id.ShouldBe(OperationalSettings.SingletonId);
        settings.Values.ShouldBe(OperationalSettingValues.Default);
        settings.Change(OperationalSettingValues.Default with { }).ShouldBeFalse();
        settings.Change(OperationalSettingValues.Default with { LockoutMinutes = 30 }).ShouldBeTrue();
        settings.LockoutMinutes.ShouldBe(30);
        Should.Throw<BusinessException>(() => settings.Change(settings.Values with { ReportsPerHour = -1 }));
        settings.ReportsPerHour.ShouldBe(OperationalSettingValues.Default.ReportsPerHour, "a refused change leaves the settings as they were");
    }
}
