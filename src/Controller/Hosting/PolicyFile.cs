namespace Autoscaler.Controller.Hosting;

/// <summary>An optional JSON policy file (<c>Controller:PolicyFile</c>) layered over appsettings and watched for edits.</summary>
/// <remarks>
/// It holds the same keys as appsettings (typically <c>Fleets:&lt;name&gt;:...</c>). An edit takes effect without a restart;
/// an invalid edit is rejected by the fleet catalog with a log line naming the key, and the last good policy stays.
/// </remarks>
internal static class PolicyFile
{
    public const string Key = "Controller:PolicyFile";

    /// <summary>Adds the policy file named by <c>Controller:PolicyFile</c>, if any; a named file that does not exist stops start-up.</summary>
    public static void AddPolicyFile(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[Key];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"{Key} names '{full}', which does not exist.");
        }

        configuration.AddJsonFile(full, optional: false, reloadOnChange: true);
    }
}
