namespace Autoscaler.RackspaceApi.Provisioning;

/// <summary>A server as the cloud describes it, in either dialect.</summary>
/// <param name="Id">The cloud's id (v1.0 integer as text, v2 UUID).</param>
/// <param name="Name">The server's name.</param>
/// <param name="Status">The cloud's status word in upper case: BUILD, ACTIVE, REBOOT, HARD_REBOOT, ERROR, DELETED, ...</param>
/// <param name="Progress">Build or action progress, 0-100.</param>
/// <param name="Metadata">The server's metadata.</param>
/// <param name="PublicAddresses">Public IP addresses.</param>
/// <param name="PrivateAddresses">Private IP addresses.</param>
public sealed record ProvisionedServer(
    string Id,
    string Name,
    string Status,
    int Progress,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> PublicAddresses,
    IReadOnlyList<string> PrivateAddresses);
