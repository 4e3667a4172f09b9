package fi.kuopas.personnel.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** Ids are assigned on creation, so equality holds before and after the row is saved. */
@MappedSuperclass
public abstract class PersonnelEntity extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id.equals(((PersonnelEntity) o).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
