using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Coalitions;

public enum BudgetSource { MunicipalBudget, Spuk, NationalImpulseFunds, MunicipalFund, HealthInsurer, Province, Other }

/// <summary>One line of a coalition's budget for a year. Money in whole cents: exact sums on every database.</summary>
public sealed class BudgetLine : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public int CoalitionId { get; init; }
    public int Year { get; set; }
    public BudgetSource Source { get; set; }
    public long AmountCents { get; set; }
    public string? Note { get; set; }

    /// <summary>When the money stopped before the year was out (a subsidy ended, a partner left); the line stays with its amount.</summary>
    public DateOnly? EndsOn { get; set; }

    public decimal Amount => AmountCents / 100m;
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> line)
    {
        line.Property(b => b.Source).HasConversion<string>().HasMaxLength(24);
        line.Property(b => b.Note).HasMaxLength(400);
        line.HasOne<Coalition>().WithMany().HasForeignKey(b => b.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        line.HasIndex(b => new { b.CoalitionId, b.Year });
    }
}
