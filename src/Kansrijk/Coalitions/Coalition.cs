using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

public enum CoalitionKind { Local, Regional }

public enum CoalitionStatus { Exploring, Preparing, Formed, Stopped }

public enum PlanStatus { None, InDevelopment, Adopted }

/// <summary>A local or regional coalition of Kansrijke Start: who, since when, how far with the joint plan.</summary>
public sealed class Coalition : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public required string Name { get; set; }
    public CoalitionKind Kind { get; set; }
    public CoalitionStatus Status { get; set; }
    /// <summary>The year the current status began, where known.</summary>
    public int? StatusSince { get; set; }
    /// <summary>Null when the sources do not say.</summary>
    public PlanStatus? Plan { get; set; }
    public DateOnly? PlanAdoptedOn { get; set; }
    public string? Coordinators { get; set; }
    public string? MeetingRhythm { get; set; }
    /// <summary>What the sources say that has no field of its own, e.g. the coalition's history.</summary>
    public string? Notes { get; set; }
    public List<CoalitionMunicipality> Municipalities { get; init; } = [];
    public List<Partner> Partners { get; init; } = [];
    public List<WorkingGroup> WorkingGroups { get; init; } = [];
}

public sealed class CoalitionMunicipality
{
    public int CoalitionId { get; init; }
    public required string MunicipalityCode { get; init; }
}

public sealed class WorkingGroup : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CoalitionId { get; init; }
    public required string Name { get; set; }
    public string? Theme { get; set; }
}

internal sealed class CoalitionConfiguration :
    IEntityTypeConfiguration<Coalition>, IEntityTypeConfiguration<CoalitionMunicipality>, IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<Coalition> coalition)
    {
        coalition.Property(c => c.Name).HasMaxLength(200);
        coalition.Property(c => c.Kind).HasConversion<string>().HasMaxLength(12);
        coalition.Property(c => c.Status).HasConversion<string>().HasMaxLength(12);
        coalition.Property(c => c.Plan).HasConversion<string>().HasMaxLength(16);
        coalition.Property(c => c.Coordinators).HasMaxLength(400);
        coalition.Property(c => c.MeetingRhythm).HasMaxLength(200);
        coalition.Property(c => c.Notes).HasMaxLength(4000);
        coalition.HasMany(c => c.Municipalities).WithOne().HasForeignKey(m => m.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        coalition.HasMany(c => c.Partners).WithOne().HasForeignKey(p => p.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        coalition.HasMany(c => c.WorkingGroups).WithOne().HasForeignKey(w => w.CoalitionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CoalitionMunicipality> member)
    {
        member.HasKey(m => new { m.CoalitionId, m.MunicipalityCode });
        member.Property(m => m.MunicipalityCode).HasMaxLength(6);
        member.HasOne<Geography.Area>().WithMany().HasForeignKey(m => m.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WorkingGroup> group)
    {
        group.Property(w => w.Name).HasMaxLength(200);
        group.Property(w => w.Theme).HasMaxLength(400);
    }
}
