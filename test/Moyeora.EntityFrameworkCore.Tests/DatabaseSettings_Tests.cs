using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore.Tests;

/// <summary>The connection string alone chooses the provider; <c>Database:Provider</c> overrides it.</summary>
public sealed class DatabaseSettings_Tests
{
    private static DatabaseSettings From(string? connectionString, string? provider = null) => DatabaseSettings.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = connectionString,
            [DatabaseSettings.ProviderKey] = provider,
        }).Build(),
        "/data");

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("Filename=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("Host=db;Database=moyeora;Username=u;Password=p", DatabaseProvider.PostgreSql)]
    [InlineData("Server=db;Port=3306;Database=moyeora;Uid=u;Pwd=p;SslMode=Required", DatabaseProvider.MySql)]
    [InlineData("server=db;database=moyeora;user id=u", DatabaseProvider.MySql)]
    public void The_Connection_String_Chooses_The_Provider(string? connectionString, DatabaseProvider expected) =>
        From(connectionString).Provider.ShouldBe(expected);

    [Fact]
    public void Database_Provider_Overrides_The_Rule()
    {
        // Npgsql also reads Server= as its host: an operator who writes PostgreSQL strings that way says so.
        From("Server=db;Database=moyeora;Username=u", "PostgreSql").Provider.ShouldBe(DatabaseProvider.PostgreSql);
        From("Server=db;Database=moyeora;Username=u", "mysql").Provider.ShouldBe(DatabaseProvider.MySql);
    }

    [Fact]
    public void Unknown_Providers_And_Unreadable_Strings_Stop_Start_Up_With_A_Clear_Message()
    {
        Should.Throw<InvalidOperationException>(() => From("Host=db", "Oracle")).Message.ShouldContain("Database:Provider");
        Should.Throw<InvalidOperationException>(() => From("Address=db;Database=x")).Message.ShouldContain("Server=");
        Should.Throw<InvalidOperationException>(() => From(null, "MySql")).Message.ShouldContain("ConnectionStrings:Default");
    }

    [Fact]
    public void MySql_Connections_Talk_Utf8mb4_Unless_Told_Otherwise()
    {
        DatabaseSettings.WithUtf8Mb4("Server=db;Database=moyeora").ShouldContain("utf8mb4", Case.Insensitive);
        DatabaseSettings.WithUtf8Mb4("Server=db;Database=moyeora;CharSet=utf8mb3").ShouldNotContain("utf8mb4", Case.Insensitive);
    }

    [Fact]
    public void PostgreSql_Connections_Prepare_Hot_Statements_Unless_Told_Otherwise()
    {
        var defaults = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSettings.WithPostgresDefaults("Host=db;Database=moyeora;Maximum Pool Size=100"));
        defaults.MaxAutoPrepare.ShouldBe(64);
        defaults.NoResetOnClose.ShouldBeFalse();
        defaults.MaxPoolSize.ShouldBe(100);

        var told = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSettings.WithPostgresDefaults("Host=db;Database=moyeora;Max Auto Prepare=0"));
        told.MaxAutoPrepare.ShouldBe(0);
    }

    [Fact]
    public void Each_Provider_Has_Its_Own_Migrations_Assembly() =>
        Enum.GetValues<DatabaseProvider>().Select(DatabaseSettings.MigrationsAssemblyOf).Distinct().Count().ShouldBe(Enum.GetValues<DatabaseProvider>().Length);
}
