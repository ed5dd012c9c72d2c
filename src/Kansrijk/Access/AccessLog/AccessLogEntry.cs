using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Access.AccessLog;

public enum AccessAction { Create, Read, Update, Delete, Export, Search, Login, Logout }

public enum AccessOutcome { Success, Failure, Denied }

/// <summary>
/// One row of the access log with the NEN 7513 fields. The row carries a keyed MAC over its fields, made by the app
/// when the row is written (in the same transaction as the change it records). Rows get their place in the keyed
/// chain afterwards, from <see cref="AccessLogSealer"/>; see docs/decisions/0007.
/// </summary>
public sealed class AccessLogEntry : IAppendOnly
{
    /// <summary>Given by the database: rows are written in parallel, so no writer waits for another's number.</summary>
    public long Id { get; init; }
    public Guid EventId { get; init; }
    public DateTime OccurredAt { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    /// <summary>The actor's roles with their scopes, e.g. "Coördinator (Gemeente:GM0392)".</summary>
    public string? Role { get; init; }
    public string? OnBehalfOf { get; init; }
    public AccessAction Action { get; init; }
    public required string ObjectType { get; init; }
    public string? ObjectId { get; init; }
    public string? ClientId { get; init; }
    public AccessOutcome Outcome { get; init; }
    public string? SourceAddress { get; init; }
    public string? Details { get; init; }
    public string Mac { get; private set; } = "";

    /// <summary>Fixes the row's MAC over all its fields; done once, just before the row is added.</summary>
    public AccessLogEntry Seal(AccessLogKey key)
    {
        Mac = key.EntryMac(this);
        return this;
    }
}

/// <summary>A row's place in the chain: position n links the MAC of its row to the chain value of position n-1.</summary>
public sealed class AccessLogLink : IAppendOnly
{
    public long Position { get; init; }
    public Guid EventId { get; init; }
    public DateTime LinkedAt { get; init; }
    public required string ChainMac { get; init; }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> entry)
    {
        entry.ToTable("AccessLog");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedOnAdd();
        entry.HasIndex(e => e.EventId).IsUnique();
        entry.HasIndex(e => e.OccurredAt);
        entry.HasIndex(e => e.UserId);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(12);
        entry.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(12);
        entry.Property(e => e.UserId).HasMaxLength(64);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Role).HasMaxLength(400);
        entry.Property(e => e.OnBehalfOf).HasMaxLength(256);
        entry.Property(e => e.ObjectType).HasMaxLength(60);
        entry.Property(e => e.ObjectId).HasMaxLength(120);
        entry.Property(e => e.ClientId).HasMaxLength(64);
        entry.Property(e => e.SourceAddress).HasMaxLength(64);
        entry.Property(e => e.Details).HasMaxLength(AccessLogKey.MaxDetails);
        entry.Property(e => e.Mac).HasMaxLength(64);
    }
}

internal sealed class AccessLogLinkConfiguration : IEntityTypeConfiguration<AccessLogLink>
{
    public void Configure(EntityTypeBuilder<AccessLogLink> link)
    {
        link.ToTable("AccessLogChain");
        link.HasKey(l => l.Position);
        link.Property(l => l.Position).ValueGeneratedNever();
        link.HasIndex(l => l.EventId).IsUnique();
        link.Property(l => l.ChainMac).HasMaxLength(64);
    }
}
