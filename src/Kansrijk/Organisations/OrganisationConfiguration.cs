using Kansrijk.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>, IEntityTypeConfiguration<OrganisationMunicipality>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.HasIndex(o => o.Name);
        organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(24).HasDefaultValue(OrganisationKind.Other).HasSentinel(OrganisationKind.Other);
        organisation.Property(o => o.Type).HasMaxLength(100);
        organisation.Property(o => o.AgbCode).HasMaxLength(8);
        organisation.Property(o => o.KvkNumber).HasMaxLength(8);
        organisation.Property(o => o.Address).HasMaxLength(300);
        organisation.Property(o => o.Phone).HasMaxLength(40);
        organisation.Property(o => o.Email).HasMaxLength(200);
        organisation.Property(o => o.IntakeEmail).HasMaxLength(200);
        organisation.Property(o => o.Website).HasMaxLength(400);
        organisation.Property(o => o.Hours).HasMaxLength(300);
        organisation.HasMany(o => o.Municipalities).WithOne().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OrganisationMunicipality> municipality)
    {
        municipality.HasKey(m => new { m.OrganisationId, m.MunicipalityCode });
        municipality.Property(m => m.MunicipalityCode).HasMaxLength(6);
        municipality.HasIndex(m => m.MunicipalityCode);
        municipality.HasOne<Area>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
