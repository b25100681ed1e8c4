package fr.vigie;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment shared by every integration test: the real packaged WAR, deployed once on a
 * Payara Micro process at the root context. Database: embedded H2, or whatever DB_URL points to.
 */
@ArquillianSuiteDeployment
public class Deployments {

  @Deployment(testable = false)
  public static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File("target/vigie.war"))
        .as(WebArchive.class);
  }
}
