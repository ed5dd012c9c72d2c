using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Geography;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.HasKey(a => a.Code);
        area.Property(a => a.Code).HasMaxLength(6);
        area.Property(a => a.Name).HasMaxLength(120);
        area.Property(a => a.SearchName).HasMaxLength(120);
        area.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        area.Property(a => a.ProvinceCode).HasMaxLength(6);
        area.Property(a => a.GgdRegionCode).HasMaxLength(6);
        area.HasIndex(a => a.Type);
        area.HasIndex(a => a.SearchName);
        area.HasIndex(a => a.ProvinceCode);
        area.HasIndex(a => a.GgdRegionCode);
    }
}
