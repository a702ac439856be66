using Microsoft.Extensions.DependencyInjection;

namespace Moyeora.EntityFrameworkCore.MySql;

/// <summary>Used by <c>dotnet ef migrations add</c> on this project only.</summary>
public sealed class DesignTimeDbContextFactory() : MoyeoraDesignTimeDbContextFactory(DatabaseProvider.MySql);
