using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

/// <summary>One change to a coalition's registry: who, when and what, shown as the coalition's history.</summary>
public sealed class CoalitionChange
{
    public long Id { get; init; }
    public int CoalitionId { get; init; }
    public DateTime ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
    public required string What { get; init; }
}

internal sealed class CoalitionChangeConfiguration : IEntityTypeConfiguration<CoalitionChange>
{
    public void Configure(EntityTypeBuilder<CoalitionChange> change)
    {
        change.Property(c => c.ChangedBy).HasMaxLength(256);
        change.Property(c => c.What).HasMaxLength(1000);
        change.HasOne<Coalition>().WithMany().HasForeignKey(c => c.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => c.CoalitionId);
    }
}
