using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Operations.Access;

/// <summary>Decides whether admin requests need the bearer token and checks it, in constant time.</summary>
/// <remarks>
/// A token is required when <see cref="OperationsOptions.RequireAdminToken"/> says so, or when the controller listens on
/// any address beyond loopback (read from the running server once it has bound). The token itself is kept only as a
/// SHA-256 digest and never logged.
/// </remarks>
internal sealed class AdminAccess
{
    private readonly IServer _server;
    private readonly byte[]? _tokenDigest;
    private readonly bool? _require;
    private IReadOnlyList<string>? _exposed;

    public AdminAccess(IServer server, IOptions<OperationsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _server = server;
        _require = options.Value.RequireAdminToken;
        _tokenDigest = options.Value.HasAdminToken ? SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminToken!)) : null;
    }

    /// <summary>Whether a token is configured at all.</summary>
    public bool HasToken => _tokenDigest is not null;

    /// <summary>The listen addresses beyond loopback (empty when bound to loopback only).</summary>
    public IReadOnlyList<string> ExposedAddresses => _exposed ??= ListenAddresses.Exposed(
        _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? (IEnumerable<string>)[]);

    /// <summary>Whether admin requests must carry the token.</summary>
    public bool TokenRequired => _require ?? ExposedAddresses.Count > 0;

    /// <summary>Whether an Authorization header value is "Bearer {the token}".</summary>
    public bool Accepts(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (_tokenDigest is null || authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, _tokenDigest);
    }
}
