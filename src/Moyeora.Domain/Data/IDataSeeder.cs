namespace Moyeora.Data;

/// <summary>Seeds what the product needs to run (roles, permissions, the first administrator). Idempotent.</summary>
public interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken = default);
}

/// <summary>Brings the database schema up to date and seeds it; used by the host on start and by the DbMigrator.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken = default);
}
