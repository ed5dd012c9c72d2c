using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Access;

public sealed class User : IdentityUser
{
    public required string DisplayName { get; set; }
    public DateTime CreatedAt { get; init; }
    public List<RoleAssignment> Roles { get; init; } = [];
}
