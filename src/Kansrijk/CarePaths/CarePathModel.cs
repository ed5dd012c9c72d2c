using Kansrijk.Geography;
using Kansrijk.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.CarePaths;

public enum ContentStatus { Draft, Published }

/// <summary>How a woman gets to an offer.</summary>
public enum OfferAccess { SelfReferral, ReferralNeeded, ConsentNeeded }

/// <summary>Whether an offer is for insured women, uninsured women or both.</summary>
public enum InsuranceCriterion { Any, InsuredOnly, UninsuredOnly }

/// <summary>A risk situation ("risicothema"), e.g. financiën en schulden. The built-in ones come from <see cref="CarePathReference"/>.</summary>
public sealed class RiskTheme : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    /// <summary>The part of the address: /zorgpaden/GM0392/{Code}.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool BuiltIn { get; init; }
}

/// <summary>One offer of an organisation: what, for whom, how to get there, where.</summary>
public sealed class Offer : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? TargetGroup { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public InsuranceCriterion Insurance { get; set; }
    /// <summary>Language codes between commas, e.g. ",nl,en,ar,", so that one LIKE finds a language.</summary>
    public string Languages { get; set; } = ",nl,";
    public string? Cost { get; set; }
    public OfferAccess Access { get; set; }
    /// <summary>A direct phone, e-mail or website of the offer; the organisation's are used when empty.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    /// <summary>Serves every municipality (a national offer such as Veilig Thuis); its one municipality row is NL01, the Netherlands.</summary>
    public bool National { get; set; }
    /// <summary>An intervention of the menukaart (Coalitions), by id, read only.</summary>
    public int? InterventionId { get; set; }
    /// <summary>This offer is the prenatal home visit by the JGZ (Pathways): a referral to it is a home visit of its own kind.</summary>
    public bool IsPrenatalHomeVisit { get; set; }
    public DateOnly LastCheckedOn { get; set; }
    public ContentStatus Status { get; set; }
    public bool IsExample { get; set; }
    /// <summary>Name, description, organisation, target group and themes, lower case without accents (<see cref="Geography.SearchText"/>).</summary>
    public string SearchKey { get; set; } = "";
    /// <summary>The theme ids between commas, e.g. ",3,7,": the search filters a theme without a lookup per offer.</summary>
    public string ThemeKey { get; set; } = ",";
    public List<OfferTheme> Themes { get; init; } = [];
    public List<OfferMunicipality> Municipalities { get; init; } = [];
}

public sealed class OfferTheme
{
    public int OfferId { get; init; }
    public int ThemeId { get; init; }
}

public sealed class OfferMunicipality
{
    public int OfferId { get; init; }
    public required string MunicipalityCode { get; init; }
}

/// <summary>
/// The care path of one theme for one municipality or one GGD region. A regional path applies to all municipalities of the
/// region; a municipality's own path adds to it, and a local step with the same number replaces the regional step.
/// </summary>
public sealed class CarePath : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int ThemeId { get; init; }
    public RiskTheme? Theme { get; init; }
    /// <summary>A municipality (GM....) or a GGD region (GG....).</summary>
    public required string AreaCode { get; init; }
    public string? Signals { get; set; }
    public string? Background { get; set; }
    public ContentStatus Status { get; set; }
    public bool IsExample { get; set; }
    /// <summary>
    /// Set on a concept that prepares changes to a published path: professionals keep seeing the published path until the
    /// concept is published, which replaces its content. Such a concept never shows in the professional's pages.
    /// </summary>
    public int? RevisionOfId { get; init; }
    public List<CarePathStep> Steps { get; init; } = [];
    public List<RoutingRule> Rules { get; init; } = [];
}

/// <summary>One agreed step: who does what, with which consent, how the handover goes and when to escalate.</summary>
public sealed class CarePathStep : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CarePathId { get; init; }
    public int Number { get; set; }
    public required string Who { get; set; }
    public required string What { get; set; }
    public string? Consent { get; set; }
    public bool WarmHandover { get; set; }
    public string? Escalation { get; set; }
}

/// <summary>Picks an offer by criteria: an age range (both ends included) and, where needed, a situation in words.</summary>
public sealed class RoutingRule : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CarePathId { get; init; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public string? Situation { get; set; }
    public int OfferId { get; set; }
}

/// <summary>One change to a care path, an offer or an organisation: who, when and what.</summary>
public sealed class CarePathChange
{
    public long Id { get; init; }
    public int? CarePathId { get; init; }
    public int? OfferId { get; init; }
    public int? OrganisationId { get; init; }
    public DateTime ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
    public required string What { get; init; }
}

internal sealed class CarePathConfiguration :
    IEntityTypeConfiguration<RiskTheme>, IEntityTypeConfiguration<Offer>,
    IEntityTypeConfiguration<OfferTheme>, IEntityTypeConfiguration<OfferMunicipality>, IEntityTypeConfiguration<CarePath>,
    IEntityTypeConfiguration<CarePathStep>, IEntityTypeConfiguration<RoutingRule>, IEntityTypeConfiguration<CarePathChange>
{
    public void Configure(EntityTypeBuilder<RiskTheme> theme)
    {
        theme.Property(t => t.Code).HasMaxLength(60);
        theme.HasIndex(t => t.Code).IsUnique();
        theme.Property(t => t.Name).HasMaxLength(120);
    }

    public void Configure(EntityTypeBuilder<Offer> offer)
    {
        offer.Property(o => o.Name).HasMaxLength(200);
        offer.Property(o => o.Description).HasMaxLength(2000);
        offer.Property(o => o.TargetGroup).HasMaxLength(400);
        offer.Property(o => o.Insurance).HasConversion<string>().HasMaxLength(16);
        offer.Property(o => o.Languages).HasMaxLength(200);
        offer.Property(o => o.Cost).HasMaxLength(200);
        offer.Property(o => o.Access).HasConversion<string>().HasMaxLength(16);
        offer.Property(o => o.Phone).HasMaxLength(40);
        offer.Property(o => o.Email).HasMaxLength(200);
        offer.Property(o => o.Website).HasMaxLength(400);
        offer.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        offer.Property(o => o.SearchKey).HasMaxLength(3000);
        offer.Property(o => o.ThemeKey).HasMaxLength(200);
        offer.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        offer.HasOne<Coalitions.Intervention>().WithMany().HasForeignKey(o => o.InterventionId).OnDelete(DeleteBehavior.Restrict);
        offer.HasMany(o => o.Themes).WithOne().HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        offer.HasMany(o => o.Municipalities).WithOne().HasForeignKey(m => m.OfferId).OnDelete(DeleteBehavior.Cascade);
        // Name order for the search; no index that starts with Status, so SQLite scans by key and stops early.
        offer.HasIndex(o => new { o.Name, o.Id });
        offer.HasIndex(o => o.LastCheckedOn);
    }

    public void Configure(EntityTypeBuilder<OfferTheme> theme)
    {
        theme.HasKey(t => new { t.OfferId, t.ThemeId });
        theme.HasIndex(t => t.ThemeId);
        theme.HasOne<RiskTheme>().WithMany().HasForeignKey(t => t.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OfferMunicipality> municipality)
    {
        municipality.HasKey(m => new { m.OfferId, m.MunicipalityCode });
        municipality.Property(m => m.MunicipalityCode).HasMaxLength(6);
        municipality.HasIndex(m => m.MunicipalityCode);
        municipality.HasOne<Area>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CarePath> path)
    {
        path.Property(p => p.AreaCode).HasMaxLength(6);
        path.HasIndex(p => new { p.AreaCode, p.ThemeId }).IsUnique().HasFilter("\"RevisionOfId\" IS NULL");
        path.HasIndex(p => p.RevisionOfId).IsUnique();
        path.HasOne<CarePath>().WithMany().HasForeignKey(p => p.RevisionOfId).OnDelete(DeleteBehavior.Cascade);
        path.HasOne<Area>().WithMany().HasForeignKey(p => p.AreaCode).OnDelete(DeleteBehavior.Restrict);
        path.HasOne(p => p.Theme).WithMany().HasForeignKey(p => p.ThemeId).OnDelete(DeleteBehavior.Restrict);
        path.Property(p => p.Signals).HasMaxLength(4000);
        path.Property(p => p.Background).HasMaxLength(4000);
        path.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
        path.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.CarePathId).OnDelete(DeleteBehavior.Cascade);
        path.HasMany(p => p.Rules).WithOne().HasForeignKey(r => r.CarePathId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CarePathStep> step)
    {
        step.Property(s => s.Who).HasMaxLength(200);
        step.Property(s => s.What).HasMaxLength(2000);
        step.Property(s => s.Consent).HasMaxLength(400);
        step.Property(s => s.Escalation).HasMaxLength(400);
        step.HasIndex(s => new { s.CarePathId, s.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<RoutingRule> rule)
    {
        rule.Property(r => r.Situation).HasMaxLength(200);
        rule.HasOne<Offer>().WithMany().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CarePathChange> change)
    {
        change.Property(c => c.ChangedBy).HasMaxLength(256);
        change.Property(c => c.What).HasMaxLength(1000);
        change.HasIndex(c => c.CarePathId);
        change.HasIndex(c => c.OfferId);
        change.HasIndex(c => c.OrganisationId);
    }
}
