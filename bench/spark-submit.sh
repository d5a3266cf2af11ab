#!/usr/bin/env bash
# spark-submit without a Spark distribution: runs spark-submit's own entry point
# (org.apache.spark.deploy.SparkSubmit, in spark-core) on the class path of the Spark jars that
# spark/pom.xml resolves into ~/.m2, with the JVM options of Spark's own launcher on Java 17. It takes
# spark-submit's arguments, so the README's command runs as it is written, e.g.
#   bench/spark-submit.sh --master 'local[2]' --class org.newsquotes.spark.QuotesSparkJob \
#     spark/target/quotes-spark.jar target/quotes.jsonl --output target/spark-out ...
# The driver runs in this JVM (client mode), so --driver-memory cannot size it: set its heap with
# SPARK_SUBMIT_JAVA_OPTS (default -Xmx2g). Build first: `mvn -B -q install -DskipTests` at the root,
# then `mvn -B -q -f spark/pom.xml package -DskipTests`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
classpath_file="$root/spark/target/spark-classpath.txt"
if [ ! -s "$classpath_file" ] || [ "$root/spark/pom.xml" -nt "$classpath_file" ]; then
  mkdir -p "$root/spark/target"
  # Spark and what it brings (compile and provided scopes), without the job's own dependencies, which its
  # jar holds: the class path of a Spark distribution's jars/ folder.
  mvn -B -q -f "$root/spark/pom.xml" dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.excludeArtifactIds=geneva-quotes,commons-csv -Dmdep.outputFile="$classpath_file" >&2
fi
# spark.jvm.options of spark/pom.xml: the list of Spark's launcher (JavaModuleOptions).
read -r -a module_options <<< "$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/spark/pom.xml")"
read -r -a java_options <<< "${SPARK_SUBMIT_JAVA_OPTS:--Xmx2g}"
# This machine runs Spark in local mode only: on the loopback address, without the web UI (which would
# listen on every address); a --conf given after these wins.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
# Spark's logs at WARN (bench/spark-log4j2.properties); SPARK_LOG4J2=FILE names another configuration.
log_config=${SPARK_LOG4J2:-$root/bench/spark-log4j2.properties}
exec java "${module_options[@]}" "-Dlog4j2.configurationFile=$log_config" "${java_options[@]}" -cp "$(cat "$classpath_file")" \
  org.apache.spark.deploy.SparkSubmit --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.ui.enabled=false "$@"
