using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// The version of everything a public page shows, kept in the database so several instances agree on it. One row;
/// every change saved through EF Core (an import, an edit of a coalition, care path or offer) adds one in the same
/// transaction (<see cref="DataVersionInterceptor"/>). The output cache keys public pages by it.
/// </summary>
public sealed class DataVersion
{
    public const int SingleId = 1;

    public int Id { get; set; }
    public long Value { get; set; }
}

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable("DataVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new DataVersion { Id = DataVersion.SingleId, Value = 0 });
    }
}
