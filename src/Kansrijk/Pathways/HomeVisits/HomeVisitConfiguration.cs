using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Pathways.HomeVisits;

internal sealed class HomeVisitConfiguration : IEntityTypeConfiguration<HomeVisit>
{
    public void Configure(EntityTypeBuilder<HomeVisit> visit)
    {
        visit.ToTable("HomeVisits");
        visit.HasOne(v => v.Referral).WithOne().HasForeignKey<HomeVisit>(v => v.ReferralId).OnDelete(DeleteBehavior.Cascade);
        visit.HasIndex(v => v.ReferralId).IsUnique();
        visit.HasIndex(v => v.PathwayId);
        visit.Property(v => v.PlannedKind).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.PlannedByUserId).HasMaxLength(450);
        visit.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.OutcomeByUserId).HasMaxLength(450);
        visit.HasMany(v => v.Contacts).WithOne().HasForeignKey(c => c.HomeVisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HomeVisitContactConfiguration : IEntityTypeConfiguration<HomeVisitContact>
{
    public void Configure(EntityTypeBuilder<HomeVisitContact> contact)
    {
        contact.ToTable("HomeVisitContacts");
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.Result).HasConversion<string>().HasMaxLength(20);
        contact.Property(c => c.ByUserId).HasMaxLength(450);
    }
}

internal sealed class HomeVisitMunicipalityConfiguration : IEntityTypeConfiguration<HomeVisitMunicipality>
{
    public void Configure(EntityTypeBuilder<HomeVisitMunicipality> setting)
    {
        setting.ToTable("HomeVisitMunicipalities");
        setting.HasKey(s => s.MunicipalityCode);
        setting.Property(s => s.MunicipalityCode).HasMaxLength(6);
        setting.Property(s => s.ChangedByUserId).HasMaxLength(450);
    }
}
