using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions.Questionnaire;

public enum CoalitionAnswer { Yes, Preparing, No }

/// <summary>
/// A municipality's answers to the national yearly questionnaire. Pre-filled from the registry, changed where needed
/// and confirmed by a coordinator; only confirmed answers count for the programme indicators L01–L05.
/// </summary>
public sealed class YearlyQuestionnaire : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public required string MunicipalityCode { get; init; }
    public int Year { get; init; }
    public CoalitionAnswer Coalition { get; set; }
    public bool JointPlan { get; set; }
    public bool PrenatalHomeVisit { get; set; }
    public bool VoorZorg { get; set; }
    public bool NuNietZwanger { get; set; }
    public bool StevigOuderschap { get; set; }
    public bool CenteringZwangerschap { get; set; }
    /// <summary>The kinds of partners the municipality consults, as <see cref="PartnerType"/> names separated by commas.</summary>
    public string ConsultedPartners { get; set; } = "";
    public DateOnly? ConfirmedOn { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    public bool Confirmed => ConfirmedOn is not null;

    public IReadOnlyList<PartnerType> ConsultedPartnerTypes() =>
        [.. ConsultedPartners.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => Enum.TryParse<PartnerType>(p, out var t) ? t : (PartnerType?)null).OfType<PartnerType>()];
}

/// <summary>A municipality marked by administrators as "centrumgemeente": the denominator of L03.</summary>
public sealed class CentralMunicipality
{
    public required string MunicipalityCode { get; init; }
    public DateTime MarkedAt { get; init; }
    public required string MarkedBy { get; init; }
}

internal sealed class QuestionnaireConfiguration :
    IEntityTypeConfiguration<YearlyQuestionnaire>, IEntityTypeConfiguration<CentralMunicipality>
{
    public void Configure(EntityTypeBuilder<YearlyQuestionnaire> questionnaire)
    {
        questionnaire.Property(q => q.MunicipalityCode).HasMaxLength(6);
        questionnaire.HasIndex(q => new { q.MunicipalityCode, q.Year }).IsUnique();
        questionnaire.Property(q => q.Coalition).HasConversion<string>().HasMaxLength(12);
        questionnaire.Property(q => q.ConsultedPartners).HasMaxLength(600);
        questionnaire.Property(q => q.ConfirmedBy).HasMaxLength(256);
        questionnaire.Property(q => q.UpdatedBy).HasMaxLength(256);
        questionnaire.Ignore(q => q.Confirmed);
        questionnaire.HasOne<Geography.Area>().WithMany().HasForeignKey(q => q.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CentralMunicipality> central)
    {
        central.HasKey(c => c.MunicipalityCode);
        central.Property(c => c.MunicipalityCode).HasMaxLength(6);
        central.Property(c => c.MarkedBy).HasMaxLength(256);
        central.HasOne<Geography.Area>().WithMany().HasForeignKey(c => c.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
