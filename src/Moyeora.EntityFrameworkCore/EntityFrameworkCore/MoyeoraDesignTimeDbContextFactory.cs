using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore;

/// <summary>
/// How <c>dotnet ef</c> builds the context when it generates migrations into a provider's migrations assembly.
/// Each migrations assembly holds one subclass for its provider; <c>-- --provider X</c> may name it explicitly
/// (a mismatch is refused, so a migration never lands in the wrong assembly) and <c>-- --connection "..."</c>
/// points at a real database for commands that need one (<c>database update</c>, <c>migrations script</c> needs none).
/// </summary>
public abstract class MoyeoraDesignTimeDbContextFactory(DatabaseProvider provider) : IDesignTimeDbContextFactory<MoyeoraDbContext>
{
    public MoyeoraDbContext CreateDbContext(string[] args)
    {
        var asked = Argument(args, "--provider") ?? Environment.GetEnvironmentVariable("MOYEORA_EF_PROVIDER");
        if (asked is not null && (!Enum.TryParse<DatabaseProvider>(asked, ignoreCase: true, out var named) || named != provider))
        {
            throw new InvalidOperationException(
                $"This is the migrations assembly of {provider}; --provider {asked} belongs to {(Enum.TryParse<DatabaseProvider>(asked, true, out var other) ? DatabaseSettings.MigrationsAssemblyOf(other) : "no assembly")}.");
        }

        var connectionString = Argument(args, "--connection") ?? provider switch
        {
            // Generating a migration opens no connection; these only select the provider's SQL dialect.
            DatabaseProvider.Sqlite => "Data Source=moyeora-design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=moyeora",
            _ => "Server=localhost;Database=moyeora",
        };
        var settings = new DatabaseSettings(provider, connectionString);
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider();
        return new MoyeoraDbContext((DbContextOptions<MoyeoraDbContext>)settings.Configure(new DbContextOptionsBuilder<MoyeoraDbContext>()).Options, services);
    }

    private static string? Argument(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
