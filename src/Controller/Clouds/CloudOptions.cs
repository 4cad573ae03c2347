using Autoscaler.Controller.Clouds.Demo;

namespace Autoscaler.Controller.Clouds;

/// <summary>The cloud the controller runs against (<c>Cloud</c> section).</summary>
/// <remarks>
/// When <see cref="Provider"/> is not set, the controller uses Rackspace if <c>Rackspace:Username</c> is configured and
/// the embedded emulated cloud otherwise, so a fresh clone runs with no credentials.
/// </remarks>
internal sealed class CloudOptions
{
    public const string SectionName = "Cloud";

    /// <summary>Emulated or Rackspace; empty means "Rackspace when credentials are configured, else Emulated".</summary>
    public CloudProvider? Provider { get; set; }

    /// <summary>Demo player load on the emulated cloud (ignored for Rackspace).</summary>
    public DemoLoadOptions Demo { get; set; } = new();
}
