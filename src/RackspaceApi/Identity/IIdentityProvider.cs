namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Performs one authentication against an identity service (v1.0 or v2.0).</summary>
internal interface IIdentityProvider
{
    /// <summary>The identity endpoint, for messages (it holds no credential).</summary>
    Uri IdentityUrl { get; }

    Task<IdentityAccess> AuthenticateAsync(CancellationToken cancellationToken);
}
