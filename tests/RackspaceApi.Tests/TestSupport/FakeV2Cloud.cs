using System.Net;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>A scripted v2 cloud over <see cref="FakeCloudHandler"/>: identity hands out token-1, token-2, ...; other paths go to a script.</summary>
internal sealed class FakeV2Cloud
{
    public const string IdentityUrl = "https://identity.example/v2.0/";
    private int _authentications;

    public FakeV2Cloud(Func<RecordedRequest, HttpResponseMessage>? service = null, Func<int, DateTimeOffset>? expiresFor = null)
    {
        Handler = new FakeCloudHandler(request =>
        {
            if (request.Uri.AbsolutePath.EndsWith("/v2.0/tokens", StringComparison.Ordinal))
            {
                var number = Interlocked.Increment(ref _authentications);
                if (AuthenticationFailure is { } failure)
                {
                    return failure();
                }

                var expires = expiresFor?.Invoke(number) ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
                return FakeCloudHandler.Json(HttpStatusCode.OK, V2Samples.Identity($"token-{number}", expires, DefaultRegion));
            }

            return (service ?? (_ => FakeCloudHandler.Json(HttpStatusCode.OK, V2Samples.ServerDetail)))(request);
        });
    }

    public FakeCloudHandler Handler { get; }

    public int Authentications => Volatile.Read(ref _authentications);

    public string? DefaultRegion { get; set; } = "DFW";

    public Func<HttpResponseMessage>? AuthenticationFailure { get; set; }

    public TestHost Host(Action<RackspaceOptions>? configure = null, TimeProvider? timeProvider = null) =>
        TestHost.Create(
            options =>
            {
                options.Dialect = RackspaceDialect.V2;
                options.IdentityUrl = new Uri(IdentityUrl);
                options.Username = "jsmith";
                options.ApiKey = V2Samples.ApiKey;
                configure?.Invoke(options);
            },
            Handler,
            timeProvider);
}
