package be.mmmbelgium.site.redirect;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemovedPathRepository extends JpaRepository<RemovedPath, String> {

}
