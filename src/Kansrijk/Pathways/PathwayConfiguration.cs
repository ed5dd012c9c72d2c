using Kansrijk.CarePaths;
using Kansrijk.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Pathways;

/// <summary>On PostgreSQL the client data has its own schema, so grants and backups can treat it apart.</summary>
public static class PathwaySchema
{
    public const string Name = "clients";

    public static void ApplyTo(ModelBuilder builder)
    {
        var module = typeof(Pathway).Namespace!;
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == module || e.ClrType.Namespace?.StartsWith(module + ".", StringComparison.Ordinal) == true))
        {
            entity.SetSchema(Name);
        }
    }
}

internal sealed class PathwayConfiguration : IEntityTypeConfiguration<Pathway>
{
    public void Configure(EntityTypeBuilder<Pathway> pathway)
    {
        pathway.ToTable("Pathways");
        pathway.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        pathway.Property(p => p.OpenedByUserId).HasMaxLength(450);
        pathway.Property(p => p.NameEncrypted).HasMaxLength(1000);
        pathway.Property(p => p.BirthDateEncrypted).HasMaxLength(200);
        pathway.Property(p => p.PhoneEncrypted).HasMaxLength(400);
        pathway.Property(p => p.EmailEncrypted).HasMaxLength(1000);
        pathway.Property(p => p.PartnerNameEncrypted).HasMaxLength(1000);
        pathway.Property(p => p.IdentityHash).HasMaxLength(64);
        pathway.Property(p => p.MunicipalityCode).HasMaxLength(6);
        pathway.Property(p => p.Postcode4).HasMaxLength(4);
        pathway.Property(p => p.ClosedReason).HasMaxLength(100);
        pathway.HasIndex(p => new { p.ClosedAt, p.AnonymisedAt });
        pathway.HasIndex(p => new { p.IdentityHash, p.DueDate });
        pathway.HasIndex(p => new { p.MunicipalityCode, p.DueDate });
        pathway.HasMany(p => p.Involvements).WithOne().HasForeignKey(i => i.PathwayId).OnDelete(DeleteBehavior.Cascade);
        pathway.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PathwayId).OnDelete(DeleteBehavior.Cascade);
        pathway.HasMany(p => p.Referrals).WithOne(r => r.Pathway).HasForeignKey(r => r.PathwayId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvolvementConfiguration : IEntityTypeConfiguration<Involvement>
{
    public void Configure(EntityTypeBuilder<Involvement> involvement)
    {
        involvement.ToTable("PathwayInvolvements");
        involvement.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        involvement.HasIndex(i => new { i.OrganisationId, i.PathwayId });
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> consent)
    {
        consent.ToTable("Consents");
        consent.Ignore(c => c.IsActive);
        consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.GivenBy).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.Manner).HasConversion<string>().HasMaxLength(20);
        consent.Property(c => c.ExplanationLanguage).HasMaxLength(5);
        consent.Property(c => c.ExplanationVersion).HasMaxLength(20);
        consent.Property(c => c.RecordedByUserId).HasMaxLength(450);
        consent.Property(c => c.WithdrawnByUserId).HasMaxLength(450);
        consent.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ReceiverOrganisationId).OnDelete(DeleteBehavior.Restrict);
        consent.HasOne<Offer>().WithMany().HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("Referrals");
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        referral.Property(r => r.ReasonEncrypted).HasMaxLength(4000);
        referral.Property(r => r.AgreedEncrypted).HasMaxLength(4000);
        referral.Property(r => r.ContactPreference).HasMaxLength(200);
        referral.Property(r => r.ReferrerUserId).HasMaxLength(450);
        referral.Property(r => r.ReferrerContact).HasMaxLength(300);
        referral.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ReceiverOrganisationId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne<Consent>().WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
        referral.HasIndex(r => new { r.ReceiverOrganisationId, r.Status });
        // The inbox's order (urgent first, then newest): a page of 50 is read from the index instead of sorting every referral.
        referral.HasIndex(r => new { r.ReceiverOrganisationId, r.Urgent, r.CreatedAt, r.Id }, "IX_Referrals_Inbox").IsDescending(false, true, true, true);
        referral.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> change)
    {
        change.ToTable("ReferralStatusChanges");
        change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.NotStartedReason).HasMaxLength(100);
        change.Property(c => c.ByUserId).HasMaxLength(450);
    }
}
