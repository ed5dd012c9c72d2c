using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions.Report;

/// <summary>The parts of a coalition's yearly progress report that people write; the rest comes from the registry and the monitor.</summary>
public sealed class ProgressReportText : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int CoalitionId { get; init; }
    public int Year { get; init; }
    public string? Introduction { get; set; }
    public string? NextYear { get; set; }
    public string? Conclusion { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

internal sealed class ProgressReportTextConfiguration : IEntityTypeConfiguration<ProgressReportText>
{
    public void Configure(EntityTypeBuilder<ProgressReportText> text)
    {
        text.HasKey(t => new { t.CoalitionId, t.Year });
        text.Property(t => t.Introduction).HasMaxLength(8000);
        text.Property(t => t.NextYear).HasMaxLength(8000);
        text.Property(t => t.Conclusion).HasMaxLength(8000);
        text.Property(t => t.UpdatedBy).HasMaxLength(256);
        text.HasOne<Coalition>().WithMany().HasForeignKey(t => t.CoalitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
