package fr.vigie.platform.persistence;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Vigie maps no XML columns. Naming this mapper stops Hibernate from probing Jackson XML, which on
 * Payara comes from the server while Jackson databind comes from the WAR (a VerifyError at boot).
 */
public class NoXmlFormatMapper implements FormatMapper {

  @Override
  public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions options) {
    throw new UnsupportedOperationException("No XML columns in Vigie");
  }

  @Override
  public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
    throw new UnsupportedOperationException("No XML columns in Vigie");
  }
}
