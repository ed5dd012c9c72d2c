using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

public enum Recognition { NotAssessed, WellFounded, FirstEvidence, GoodEvidence, StrongEvidence }

/// <summary>An intervention of the "menukaart". Recognition stays empty until someone enters the assessed level.</summary>
public sealed class Intervention : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? TargetGroup { get; set; }
    public Monitor.Phase? Phase { get; set; }
    public Recognition? Recognition { get; set; }
    public string? Link { get; set; }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> intervention)
    {
        intervention.Property(i => i.Name).HasMaxLength(200);
        intervention.HasIndex(i => i.Name).IsUnique();
        intervention.Property(i => i.Description).HasMaxLength(2000);
        intervention.Property(i => i.TargetGroup).HasMaxLength(400);
        intervention.Property(i => i.Phase).HasConversion<string>().HasMaxLength(20);
        intervention.Property(i => i.Recognition).HasConversion<string>().HasMaxLength(20);
        intervention.Property(i => i.Link).HasMaxLength(400);
    }
}
