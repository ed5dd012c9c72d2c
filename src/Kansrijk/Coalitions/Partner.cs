using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

public enum PartnerType
{
    MidwiferyPractice, Vsv, Hospital, MaternityCare, Jgz, Ggd, Cjg, SocialTeam, GeneralPractitioner, HealthInsurer,
    Welfare, SocialWork, InformalSupport, LivedExperience, MunicipalDepartment, ResearchEducation, Other,
}

public enum PartnerDomain { Medical, Social, Informal }

/// <summary>An organisation taking part in a coalition. The sources know years, not days, so joining and leaving are years.</summary>
public sealed class Partner : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CoalitionId { get; init; }
    public required string Name { get; set; }
    public PartnerType Type { get; set; }
    public PartnerDomain Domain { get; set; }
    public int? JoinedYear { get; set; }
    public int? LeftYear { get; set; }

    public bool TakesPartIn(int year) => (JoinedYear is null || JoinedYear <= year) && (LeftYear is null || LeftYear > year);
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> partner)
    {
        partner.Property(p => p.Name).HasMaxLength(200);
        partner.Property(p => p.Type).HasConversion<string>().HasMaxLength(24);
        partner.Property(p => p.Domain).HasConversion<string>().HasMaxLength(12);
    }
}
