namespace Autoscaler.Harness;

/// <summary>One server of the emulator's admin listing (<c>GET /__emulator/servers</c>), the fields callers read.</summary>
/// <param name="Id">The cloud's server id.</param>
/// <param name="Name">The name the controller gave it at create.</param>
/// <param name="Status">The cloud status: BUILD, ACTIVE, REBOOT, HARD_REBOOT, ERROR, ...</param>
public sealed record EmulatedServer(string Id, string Name, string Status)
{
    /// <summary>"name=STATUS".</summary>
    public override string ToString() => $"{Name}={Status}";
}
