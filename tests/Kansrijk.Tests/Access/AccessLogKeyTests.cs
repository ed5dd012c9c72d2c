using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Login;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Access;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class AccessLogKeyTests
{
    private static readonly AccessLogKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly AccessLogKey OtherKey = new(Enumerable.Range(2, 32).Select(i => (byte)i).ToArray());

    private static AccessLogEntry Entry(string? details = null) => new()
    {
        EventId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        OccurredAt = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc),
        UserName = "bea@example.nl",
        Action = AccessAction.Read,
        ObjectType = "Gebruiker",
        ObjectId = "42",
        Details = details,
    };

    [Fact]
    public void The_mac_changes_with_a_field_and_with_the_key()
    {
        var original = Key.EntryMac(Entry());
        Assert.Equal(64, original.Length);
        Assert.Equal(original, Key.EntryMac(Entry()));
        Assert.NotEqual(original, Key.EntryMac(Entry(details: "x")));
        // Someone who recomputes without the key cannot make the value the verifier expects.
        Assert.NotEqual(original, OtherKey.EntryMac(Entry()));
    }

    [Fact]
    public void A_chain_link_depends_on_its_predecessor_position_and_row()
    {
        var link = Key.ChainMac(AccessLogKey.Genesis, 1, Guid.Empty, "aa");
        Assert.NotEqual(link, Key.ChainMac(new string('1', 64), 1, Guid.Empty, "aa"));
        Assert.NotEqual(link, Key.ChainMac(AccessLogKey.Genesis, 2, Guid.Empty, "aa"));
        Assert.NotEqual(link, Key.ChainMac(AccessLogKey.Genesis, 1, Guid.Empty, "ab"));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new AccessLogKey(new byte[16]));

    [Fact]
    public void Times_are_kept_to_the_microsecond_that_both_databases_store()
    {
        var time = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234560), AccessLogKey.Truncate(time));
        Assert.Equal("2026-01-02T03:04:05.123456Z", AccessLogKey.FormatTime(AccessLogKey.Truncate(time)));
    }

    [Theory]
    [InlineData("/beheer/gebruikers", "/beheer/gebruikers")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData(null, "/")]
    public void After_login_only_local_return_addresses_are_followed(string? returnUrl, string expected) =>
        Assert.Equal(expected, LoginModel.SafeReturnUrl(returnUrl));
}
