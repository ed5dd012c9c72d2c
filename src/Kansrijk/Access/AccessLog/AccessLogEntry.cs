using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Access.AccessLog;

public enum AccessAction { Create, Read, Update, Delete, Export, Search, Login, Logout }

public enum AccessOutcome { Success, Failure, Denied }

/// <summary>
/// One row of the access log with the NEN 7513 fields. Rows form a chain: each carries the hash of its
/// predecessor, so a changed, removed or inserted row is found by <see cref="AccessLogVerifier"/>.
/// </summary>
public sealed class AccessLogEntry : IAppendOnly
{
    public long Sequence { get; init; }
    public Guid EventId { get; init; }
    public DateTime OccurredAt { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Role { get; init; }
    public string? OnBehalfOf { get; init; }
    public AccessAction Action { get; init; }
    public required string ObjectType { get; init; }
    public string? ObjectId { get; init; }
    public string? ClientId { get; init; }
    public AccessOutcome Outcome { get; init; }
    public string? SourceAddress { get; init; }
    public string? Details { get; init; }
    public required string PreviousHash { get; init; }
    public string Hash { get; private set; } = "";

    /// <summary>Fixes the row's hash over all its fields; done once, just before the row is added.</summary>
    public AccessLogEntry Seal()
    {
        Hash = AccessLogHash.Compute(this);
        return this;
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> entry)
    {
        entry.ToTable("AccessLog");
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.HasIndex(e => e.EventId).IsUnique();
        entry.HasIndex(e => e.OccurredAt);
        entry.HasIndex(e => e.UserId);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(12);
        entry.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(12);
        entry.Property(e => e.UserId).HasMaxLength(64);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Role).HasMaxLength(120);
        entry.Property(e => e.OnBehalfOf).HasMaxLength(256);
        entry.Property(e => e.ObjectType).HasMaxLength(60);
        entry.Property(e => e.ObjectId).HasMaxLength(120);
        entry.Property(e => e.ClientId).HasMaxLength(64);
        entry.Property(e => e.SourceAddress).HasMaxLength(64);
        entry.Property(e => e.Details).HasMaxLength(1000);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
    }
}
