namespace Autoscaler.RackspaceApi;

/// <summary>Configuration of the Rackspace Cloud Servers client (section <c>Rackspace</c>).</summary>
/// <remarks>
/// Either <see cref="IdentityUrl"/> or <see cref="Preset"/> names the identity service; an explicit URL wins.
/// Either <see cref="ApiKey"/> or (v2 only) <see cref="Password"/> authenticates <see cref="Username"/>.
/// Credentials are never logged nor put in exception messages.
/// </remarks>
public sealed class RackspaceOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Rackspace";

    /// <summary>The API dialect. Default <see cref="RackspaceDialect.V2"/>.</summary>
    public RackspaceDialect Dialect { get; set; } = RackspaceDialect.V2;

    /// <summary>
    /// The versioned identity endpoint: for v1.0 the URL answering GET with X-Auth-User (e.g. https://auth.api.rackspacecloud.com/v1.0),
    /// for v2.0 the base of <c>tokens</c> (e.g. https://identity.api.rackspacecloud.com/v2.0/). Overrides <see cref="Preset"/>.
    /// </summary>
    public Uri? IdentityUrl { get; set; }

    /// <summary>A named identity endpoint used when <see cref="IdentityUrl"/> is not set.</summary>
    public RackspaceIdentityPreset? Preset { get; set; }

    /// <summary>The account's user name.</summary>
    public string Username { get; set; } = "";

    /// <summary>The account's API key (v1.0 X-Auth-Key, v2.0 RAX-KSKEY:apiKeyCredentials).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The account's password (v2.0 passwordCredentials), used when no <see cref="ApiKey"/> is set.</summary>
    public string? Password { get; set; }

    /// <summary>The configured default region (v2), e.g. DFW or LON; when empty the user's RAX-AUTH:defaultRegion applies.</summary>
    public string? Region { get; set; }

    /// <summary>The service catalog name of the compute service (v2). Default cloudServersOpenStack.</summary>
    public string ServiceName { get; set; } = "cloudServersOpenStack";

    /// <summary>The service catalog type of the compute service (v2), used when no entry has <see cref="ServiceName"/>. Default compute.</summary>
    public string ServiceType { get; set; } = "compute";

    /// <summary>The media type of v1.0 requests and responses. Default JSON.</summary>
    public RackspaceFormat Format { get; set; } = RackspaceFormat.Json;

    /// <summary>Timeout of one HTTP attempt. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one authentication, shared by every call waiting for it. Default 30 seconds.</summary>
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A token is renewed this long before it expires. Default 5 minutes.</summary>
    public TimeSpan TokenExpiryMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>v1.0 tokens carry no expiry; they are renewed after this long. Default 23 hours (the API says about 24).</summary>
    public TimeSpan V1TokenLifetime { get; set; } = TimeSpan.FromHours(23);

    /// <summary>How many times a read (GET) is retried on 5xx, 408, timeouts and connection failures. Default 3.</summary>
    public int MaxReadRetries { get; set; } = 3;

    /// <summary>First delay of the exponential read retry backoff. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a request refused with 413 overLimit is sent again after its retry-after. Default 2.</summary>
    public int MaxOverLimitRetries { get; set; } = 2;

    /// <summary>A 413 whose retry-after is longer than this is not waited for; the caller gets an OverLimitException. Default 1 minute.</summary>
    public TimeSpan MaxOverLimitWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The identity URL these options resolve to, or null when neither URL nor preset is set.</summary>
    public Uri? ResolveIdentityUrl() => IdentityUrl ?? (Preset, Dialect) switch
    {
        (RackspaceIdentityPreset.US, RackspaceDialect.V1) => new Uri("https://auth.api.rackspacecloud.com/v1.0"),
        (RackspaceIdentityPreset.UK, RackspaceDialect.V1) => new Uri("https://lon.auth.api.rackspacecloud.com/v1.0"),
        (RackspaceIdentityPreset.US, RackspaceDialect.V2) => new Uri("https://identity.api.rackspacecloud.com/v2.0/"),
        (RackspaceIdentityPreset.UK, RackspaceDialect.V2) => new Uri("https://lon.identity.api.rackspacecloud.com/v2.0/"),
        _ => null,
    };
}
