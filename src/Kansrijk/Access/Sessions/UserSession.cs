using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kansrijk.Access.Sessions;

/// <summary>
/// One sign-in. The session cookie carries its id (claim <see cref="KansrijkClaimTypes.Session"/>); a cookie whose row
/// is gone is refused. Logout removes the row; disabling an account or a password change removes all rows of the user.
/// See docs/decisions/0008-server-side-sessions.md.
/// </summary>
public sealed class UserSession
{
    /// <summary>Sessions end at the latest this long after the sign-in, however active they are.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(12);

    public required string Id { get; init; }
    public required string UserId { get; init; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(64);
        session.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.UserId);
    }
}
