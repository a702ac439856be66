using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Moyeora.Settings;

namespace Moyeora.EntityFrameworkCore;

internal sealed class OperationalSettingsConfiguration : IEntityTypeConfiguration<OperationalSettings>
{
    public void Configure(EntityTypeBuilder<OperationalSettings> builder)
    {
        builder.ToTable("OperationalSettings");
        builder.ConfigureAggregate();
        builder.Ignore(s => s.Values);
    }
}
