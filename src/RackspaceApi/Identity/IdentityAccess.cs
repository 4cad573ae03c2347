namespace Autoscaler.RackspaceApi.Identity;

/// <summary>A token and what came with it. Internal: the token must not reach logs, messages or callers.</summary>
internal sealed class IdentityAccess(string token, RackspaceIdentity identity)
{
    public string Token { get; } = token;

    public RackspaceIdentity Identity { get; } = identity;

    public DateTimeOffset Expires => Identity.Expires;

    /// <summary>Keeps the token out of any accidental formatting.</summary>
    public override string ToString() => $"IdentityAccess(expires {Expires:O})";
}
