using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

/// <summary>
/// An action line with its goals: one of the three national lines (no coalition) or a coalition's own line,
/// which points to the national line it serves.
/// </summary>
public sealed class ActionLine : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int? CoalitionId { get; init; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public int? NationalLineId { get; set; }
    public List<ActionGoal> Goals { get; init; } = [];
}

public sealed class ActionGoal
{
    public int Id { get; init; }
    public int ActionLineId { get; init; }
    public int Number { get; set; }
    public required string Text { get; set; }
}

public enum ActivityStatus { Planned, Running, Completed, Stopped }

/// <summary>What a coalition does in a year, under one of its own lines.</summary>
public sealed class Activity : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CoalitionId { get; init; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int ActionLineId { get; set; }
    public int? InterventionId { get; set; }
    public ActivityStatus Status { get; set; }
    public string? TargetGroup { get; set; }
    public int? OwnerPartnerId { get; set; }
    public int? Reach { get; set; }
    public string? ReachUnit { get; set; }
    public string? Evaluation { get; set; }
}

internal sealed class ActionPlanConfiguration :
    IEntityTypeConfiguration<ActionLine>, IEntityTypeConfiguration<ActionGoal>, IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<ActionLine> line)
    {
        line.Property(l => l.Title).HasMaxLength(200);
        line.HasOne<Coalition>().WithMany().HasForeignKey(l => l.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        line.HasOne<ActionLine>().WithMany().HasForeignKey(l => l.NationalLineId).OnDelete(DeleteBehavior.Restrict);
        line.HasMany(l => l.Goals).WithOne().HasForeignKey(g => g.ActionLineId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ActionGoal> goal) => goal.Property(g => g.Text).HasMaxLength(400);

    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.Property(a => a.Title).HasMaxLength(200);
        activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        activity.Property(a => a.TargetGroup).HasMaxLength(200);
        activity.Property(a => a.ReachUnit).HasMaxLength(100);
        activity.Property(a => a.Evaluation).HasMaxLength(4000);
        activity.HasOne<Coalition>().WithMany().HasForeignKey(a => a.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        activity.HasOne<ActionLine>().WithMany().HasForeignKey(a => a.ActionLineId).OnDelete(DeleteBehavior.Restrict);
        activity.HasOne<Intervention>().WithMany().HasForeignKey(a => a.InterventionId).OnDelete(DeleteBehavior.Restrict);
        activity.HasOne<Partner>().WithMany().HasForeignKey(a => a.OwnerPartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
