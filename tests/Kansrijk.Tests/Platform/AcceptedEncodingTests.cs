using Kansrijk.Platform.Caching;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Platform;

/// <summary>The output cache keys a page by the encoding the compression will choose, not by the browser's exact list.</summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class AcceptedEncodingTests
{
    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")] // Chromium
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, br", "br")] // without weights the middleware takes its first provider, Brotli
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("deflate", "identity")]
    [InlineData("identity", "identity")]
    [InlineData("", "identity")]
    [InlineData("br;q=0.5, gzip", "raw:br;q=0.5, gzip")] // weights: kept as they are
    [InlineData("*", "raw:*")]
    public void Key(string header, string expected) => Assert.Equal(expected, AcceptedEncoding.Key(header));
}
