namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A token handed out by identity v1.0 or v2.0.</summary>
internal sealed record IssuedToken(string Id, EmulatorAccount Account, DateTimeOffset Issued, DateTimeOffset Expires)
{
    /// <summary>Never prints the token itself.</summary>
    public override string ToString() => $"token for {Account.Username}, expires {Expires:O}";
}
