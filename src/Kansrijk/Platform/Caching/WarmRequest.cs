using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// A GET request that never went over the network: the features Kestrel would give, with a response whose
/// "on starting" callbacks run as Kestrel runs them (last registered first, before the first byte), so the security
/// headers and everything else a real visitor gets are in the stored answer. The body itself is thrown away; the output
/// cache keeps its own copy.
/// </summary>
internal static class WarmRequest
{
    public static IFeatureCollection Features(string scheme, HostString host, string pathAndQuery, string acceptEncoding, CancellationToken ct)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        IHeaderDictionary headers = new HeaderDictionary();
        headers.Host = host.ToString();
        headers.AcceptEncoding = acceptEncoding;
        headers.Accept = "text/html,application/xhtml+xml,*/*;q=0.8";
        headers.UserAgent = "Kansrijk cache warm-up";
        var request = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Method = HttpMethods.Get,
            Scheme = scheme,
            PathBase = "",
            Path = query < 0 ? pathAndQuery : pathAndQuery[..query],
            QueryString = query < 0 ? "" : pathAndQuery[query..],
            RawTarget = pathAndQuery,
            Headers = headers,
            Body = Stream.Null,
        };
        var response = new WarmResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "warm-up",
            RemoteIpAddress = IPAddress.Loopback,
            LocalIpAddress = IPAddress.Loopback,
        });
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = ct });
        return features;
    }

    public static async Task CompleteAsync(IFeatureCollection features)
    {
        var response = (WarmResponse)features.GetRequiredFeature<IHttpResponseFeature>();
        await response.CompleteAsync();
        await response.RunCompletedAsync();
    }
}

internal sealed class WarmResponse : IHttpResponseFeature, IHttpResponseBodyFeature
{
    private readonly Stack<(Func<object, Task> Callback, object State)> starting = new();
    private readonly Stack<(Func<object, Task> Callback, object State)> completed = new();
    private PipeWriter? writer;

    public WarmResponse() => Body = new StartingStream(this);

    public int StatusCode { get; set; } = StatusCodes.Status200OK;
    public string? ReasonPhrase { get; set; }
    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
    public Stream Body { get; set; }
    public bool HasStarted { get; private set; }
    public Stream Stream => Body;
    public PipeWriter Writer => writer ??= PipeWriter.Create(Body, new StreamPipeWriterOptions(leaveOpen: true));

    public void OnStarting(Func<object, Task> callback, object state) => starting.Push((callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => completed.Push((callback, state));

    public void DisableBuffering()
    {
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted)
        {
            return;
        }
        while (starting.TryPop(out var next))
        {
            await next.Callback(next.State);
        }
        HasStarted = true;
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Body, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        await StartAsync();
        if (writer is not null)
        {
            await writer.FlushAsync();
        }
    }

    public async Task RunCompletedAsync()
    {
        while (completed.TryPop(out var next))
        {
            await next.Callback(next.State);
        }
    }

    /// <summary>Starts the response at the first byte, then forgets the bytes.</summary>
    private sealed class StartingStream(WarmResponse response) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => response.StartAsync().GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => response.StartAsync().GetAwaiter().GetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            await response.StartAsync(cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            response.StartAsync(cancellationToken);
    }
}
