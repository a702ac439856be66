using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MySql.EntityFrameworkCore.Extensions;

namespace Moyeora.EntityFrameworkCore.MySql;

/// <summary>
/// MySql.EntityFrameworkCore 10.0.12 writes <c>MySQLEntityTypeBuilderExtensions.HasCharSet(b, ...)</c> and
/// <c>.UseCollation(b, ...)</c> into the generated snapshots, but ships no type of that name. This one, beside the
/// generated files, gives those calls the meaning the provider's own metadata API has, so the generated code
/// compiles unedited. Remove it when the provider ships the type.
/// </summary>
internal static class MySQLEntityTypeBuilderExtensions
{
    public static EntityTypeBuilder HasCharSet(EntityTypeBuilder builder, string charSet)
    {
        builder.Metadata.SetCharSet(charSet);
        return builder;
    }

    public static EntityTypeBuilder UseCollation(EntityTypeBuilder builder, string collation)
    {
        builder.Metadata.SetCollation(collation);
        return builder;
    }
}
