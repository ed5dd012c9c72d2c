using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Demo;

/// <summary>
/// Remembers which piece of demo data was made, by a stable key that is written in the code ("coalitie:haarlem"),
/// never by a name a user can edit. A demo coalition that was renamed (or removed) is therefore not made again at
/// the next start.
/// </summary>
public sealed class DemoRecord
{
    public required string Key { get; init; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class DemoRecordConfiguration : IEntityTypeConfiguration<DemoRecord>
{
    public void Configure(EntityTypeBuilder<DemoRecord> record)
    {
        record.HasKey(r => r.Key);
        record.Property(r => r.Key).HasMaxLength(120);
    }
}

public static class DemoRecords
{
    /// <summary>
    /// Runs <paramref name="create"/> once per key. A database seeded before keys existed is recognised by
    /// <paramref name="existedBefore"/> (the old check by name); then only the key is written.
    /// </summary>
    public static async Task OnceAsync(KansrijkDb db, string key, Func<Task<bool>> existedBefore, Func<Task> create, CancellationToken ct)
    {
        if (await db.DemoRecords.AnyAsync(r => r.Key == key, ct))
        {
            return;
        }
        if (!await existedBefore())
        {
            await create();
        }
        db.DemoRecords.Add(new DemoRecord { Key = key, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(ct);
    }
}
